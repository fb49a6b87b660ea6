#pragma once
// Quantities and dates of one text found in one pass (the amounts stage needs both).
#include <string_view>
#include <vector>

#include "quantity/date.h"
#include "quantity/quantity.h"

namespace kosei {

struct QuantitiesAndDates {
  std::vector<Quantity> quantities;  // what find_quantities(text) gives
  std::vector<DateExpr> dates;       // what find_dates(text) gives
};

QuantitiesAndDates find_quantities_and_dates(std::string_view text);

}  // namespace kosei
