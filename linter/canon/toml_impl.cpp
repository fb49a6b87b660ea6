// toml++'s implementation, compiled once into kosei (the headers come from Debian's
// libtomlplusplus-dev). Linking this instead of libtomlplusplus.so lets kosei be a static
// executable; every other file includes <toml++/toml.h> with TOML_HEADER_ONLY=0 (CMakeLists.txt).
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
