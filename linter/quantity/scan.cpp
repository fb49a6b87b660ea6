#include "quantity/scan.h"

#include "quantity/lead_scan.h"

namespace kosei {

QuantitiesAndDates find_quantities_and_dates(std::string_view text) {
  const x3common::ScanTarget<Quantity>& quantities = quantity_scan_target();
  const x3common::ScanTarget<DateExpr>& dates = date_scan_target();
  static const x3common::LeadFilter either(quantities.starts, dates.starts);
  QuantitiesAndDates out;
  x3common::find_all_of_both(text, quantities, dates, either, out.quantities, out.dates);
  return out;
}

}  // namespace kosei
