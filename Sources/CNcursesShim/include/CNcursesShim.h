#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H
/* Must come before the header: Swift's view of ncurses sees only what this file defines. */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncursesw/curses.h>
#include <stdint.h>

/* Swift cannot call macros or touch ncurses' mutable globals under strict concurrency,
   so each one gets a function. Everything here is a one-liner over libc or ncurses. */

attr_t vd_attr_normal(void);
attr_t vd_attr_bold(void);
attr_t vd_attr_underline(void);
attr_t vd_attr_reverse(void);

WINDOW *vd_stdscr(void);
WINDOW *vd_curscr(void);
int vd_lines(void);
int vd_cols(void);
int vd_colors(void);
int vd_color_pairs(void);
int vd_key_f(int n);

/* Draws one grapheme (up to CCHARW_MAX code points, base first) at (y, x). */
int vd_put_glyph(WINDOW *window, int y, int x, const uint32_t *scalars, int count, attr_t attrs, int pair);

/* glibc wcwidth; needs a UTF-8 LC_CTYPE to know CJK is wide. */
int vd_wcwidth(uint32_t scalar);

/* Terminal size through ioctl(TIOCGWINSZ), which Swift cannot call (variadic). 0 on success. */
int vd_terminal_size(int fd, int *rows, int *cols);

/* Opens a terminal on two descriptors (tests use a pty); NULL if the terminal type is unknown.
   Unlike initscr it does not exit the process on failure. One terminal at a time. */
SCREEN *vd_newterm(const char *term_type, int output_fd, int input_fd);
/* Frees what vd_newterm made; call after endwin. */
void vd_delterm(SCREEN *screen);
/* Sets a terminal's size (tests resize their pty with it). 0 on success. */
int vd_set_terminal_size(int fd, int rows, int cols);

/* Opens a pseudo-terminal pair (tests drive a real ncurses screen with it). 0 on success. */
int vd_open_pty(int *controller, int *terminal);

/* True when LC_CTYPE's codeset is UTF-8 (nl_langinfo(CODESET)). */
int vd_locale_is_utf8(void);

/* Signals: block in this thread (and threads created after), read them from a descriptor. */
int vd_block_signals(const int *signals, int count);
int vd_unblock_signals(const int *signals, int count);
int vd_signalfd(const int *signals, int count);
/* One pending signal number from a signalfd; 0 when none is pending, -1 on error. */
int vd_read_signal(int fd);

/* Stops the process as the shell's job control expects (default SIGTSTP action) and returns
   once it has been continued, leaving SIGTSTP blocked again for the signalfd. */
void vd_stop_self(void);

int vd_pipe_nonblocking(int fds[2]);

/* A crash (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE: Swift traps raise SIGILL/SIGTRAP)
   cannot run Swift cleanup, so this remembers the terminal's original modes and its
   "leave full-screen" sequences; on a crash signal the handler puts them back with
   async-signal-safe calls only, then hands the signal to whatever handler was there before
   (Swift's backtracer), so the report is printed on a usable terminal. Call after newterm. */
void vd_install_crash_restore(int input_fd, int output_fd);
void vd_remove_crash_restore(void);
/* What the crash handler does, callable directly (tests). */
void vd_crash_restore_terminal(void);
/* Saves the terminal's modes before ncurses changes them; call before newterm. */
void vd_save_terminal_modes(int input_fd);
#endif
