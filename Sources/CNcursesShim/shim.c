#include "CNcursesShim.h"
