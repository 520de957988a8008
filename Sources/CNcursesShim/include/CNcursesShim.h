#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H
/* Must come before the header: Swift's view of ncurses sees only what this file defines. */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncursesw/curses.h>
#endif
