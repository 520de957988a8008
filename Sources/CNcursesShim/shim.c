#define _GNU_SOURCE
#include "CNcursesShim.h"
#include <fcntl.h>
#include <stdlib.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/signalfd.h>
#include <unistd.h>
#include <wchar.h>
#include <errno.h>
#include <langinfo.h>
#include <termios.h>
#include <term.h>

attr_t vd_attr_normal(void) { return A_NORMAL; }
attr_t vd_attr_bold(void) { return A_BOLD; }
attr_t vd_attr_underline(void) { return A_UNDERLINE; }
attr_t vd_attr_reverse(void) { return A_REVERSE; }

WINDOW *vd_stdscr(void) { return stdscr; }
WINDOW *vd_curscr(void) { return curscr; }
int vd_lines(void) { return LINES; }
int vd_cols(void) { return COLS; }
int vd_colors(void) { return COLORS; }
int vd_color_pairs(void) { return COLOR_PAIRS; }
int vd_key_f(int n) { return KEY_F(n); }

int vd_put_glyph(WINDOW *window, int y, int x, const uint32_t *scalars, int count, attr_t attrs, int pair) {
    wchar_t text[CCHARW_MAX + 1];
    int n = count < CCHARW_MAX ? count : CCHARW_MAX;
    for (int i = 0; i < n; i++) text[i] = (wchar_t)scalars[i];
    text[n] = L'\0';
    cchar_t cell;
    /* The extended pair travels through opts so pairs above 32767 still work. */
    if (setcchar(&cell, text, attrs, (short)(pair < 32767 ? pair : 0), &pair) == ERR) return ERR;
    return mvwadd_wch(window, y, x, &cell);
}

int vd_wcwidth(uint32_t scalar) { return wcwidth((wchar_t)scalar); }

int vd_terminal_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

static FILE *term_out = NULL;
static FILE *term_in = NULL;

static void close_term_files(void) {
    if (term_out) fclose(term_out);
    if (term_in) fclose(term_in);
    term_out = term_in = NULL;
}

SCREEN *vd_newterm(const char *term_type, int output_fd, int input_fd) {
    close_term_files();
    term_out = fdopen(dup(output_fd), "w");
    term_in = fdopen(dup(input_fd), "r");
    SCREEN *screen = (term_out && term_in) ? newterm(term_type, term_out, term_in) : NULL;
    if (screen == NULL) close_term_files();
    return screen;
}

void vd_delterm(SCREEN *screen) {
    if (screen) delscreen(screen);
    close_term_files();
}

int vd_set_terminal_size(int fd, int rows, int cols) {
    struct winsize ws = {0};
    ws.ws_row = (unsigned short)rows;
    ws.ws_col = (unsigned short)cols;
    return ioctl(fd, TIOCSWINSZ, &ws);
}

int vd_open_pty(int *controller, int *terminal) {
    int c = posix_openpt(O_RDWR | O_NOCTTY);
    if (c < 0) return -1;
    char *name = (grantpt(c) == 0 && unlockpt(c) == 0) ? ptsname(c) : NULL;
    int t = name ? open(name, O_RDWR | O_NOCTTY) : -1;
    if (t < 0) {
        close(c);
        return -1;
    }
    *controller = c;
    *terminal = t;
    return 0;
}

int vd_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

static void fill_set(sigset_t *set, const int *signals, int count) {
    sigemptyset(set);
    for (int i = 0; i < count; i++) sigaddset(set, signals[i]);
}

int vd_block_signals(const int *signals, int count) {
    sigset_t set;
    fill_set(&set, signals, count);
    return pthread_sigmask(SIG_BLOCK, &set, NULL);
}

int vd_unblock_signals(const int *signals, int count) {
    sigset_t set;
    fill_set(&set, signals, count);
    return pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

int vd_signalfd(const int *signals, int count) {
    sigset_t set;
    fill_set(&set, signals, count);
    return signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
}

int vd_read_signal(int fd) {
    struct signalfd_siginfo info;
    ssize_t n = read(fd, &info, sizeof info);
    if (n == (ssize_t)sizeof info) return (int)info.ssi_signo;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return 0;
    return -1;
}

void vd_stop_self(void) {
    struct sigaction def, old;
    memset(&def, 0, sizeof def);
    def.sa_handler = SIG_DFL;
    sigemptyset(&def.sa_mask);
    sigaction(SIGTSTP, &def, &old);
    int tstp = SIGTSTP;
    /* A pending SIGTSTP (the one that brought us here) would stop us twice: take it first. */
    sigset_t pending;
    sigpending(&pending);
    if (sigismember(&pending, SIGTSTP)) {
        sigset_t only;
        sigemptyset(&only);
        sigaddset(&only, SIGTSTP);
        int taken;
        sigwait(&only, &taken);
    }
    raise(SIGTSTP);
    vd_unblock_signals(&tstp, 1); /* the raised signal is delivered here: the process stops */
    vd_block_signals(&tstp, 1);
    sigaction(SIGTSTP, &old, NULL);
}

int vd_pipe_nonblocking(int fds[2]) { return pipe2(fds, O_NONBLOCK | O_CLOEXEC); }

static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
#define CRASH_SIGNAL_COUNT ((int)(sizeof crash_signals / sizeof crash_signals[0]))
static struct sigaction previous_actions[CRASH_SIGNAL_COUNT];
static int crash_restore_installed = 0;
static struct termios saved_modes;
static int saved_modes_valid = 0;
static int crash_input_fd = -1;
static int crash_output_fd = -1;
static char leave_sequence[256];
static size_t leave_length = 0;

void vd_save_terminal_modes(int input_fd) {
    saved_modes_valid = tcgetattr(input_fd, &saved_modes) == 0;
}

static void append_capability(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return;
    size_t length = strlen(value);
    if (leave_length + length >= sizeof leave_sequence) return;
    memcpy(leave_sequence + leave_length, value, length);
    leave_length += length;
}

void vd_crash_restore_terminal(void) {
    if (crash_output_fd >= 0 && leave_length > 0) {
        ssize_t ignored = write(crash_output_fd, leave_sequence, leave_length);
        (void)ignored;
    }
    if (crash_input_fd >= 0 && saved_modes_valid) tcsetattr(crash_input_fd, TCSANOW, &saved_modes);
}

static void crash_handler(int signal, siginfo_t *info, void *context) {
    vd_crash_restore_terminal();
    for (int i = 0; i < CRASH_SIGNAL_COUNT; i++) {
        if (crash_signals[i] != signal) continue;
        struct sigaction *old = &previous_actions[i];
        if ((old->sa_flags & SA_SIGINFO) && old->sa_sigaction) {
            old->sa_sigaction(signal, info, context);
            return;
        }
        if (old->sa_handler != SIG_DFL && old->sa_handler != SIG_IGN && old->sa_handler != NULL) {
            old->sa_handler(signal);
            return;
        }
    }
    /* No earlier handler: die of the signal as if we had never been here. */
    struct sigaction def;
    memset(&def, 0, sizeof def);
    def.sa_handler = SIG_DFL;
    sigaction(signal, &def, NULL);
    raise(signal);
}

void vd_install_crash_restore(int input_fd, int output_fd) {
    crash_input_fd = input_fd;
    crash_output_fd = output_fd;
    leave_length = 0;
    append_capability("sgr0");
    append_capability("cnorm");
    append_capability("rmcup");
    if (leave_length + 2 < sizeof leave_sequence) {
        memcpy(leave_sequence + leave_length, "\r\n", 2);
        leave_length += 2;
    }
    if (crash_restore_installed) return;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = crash_handler;
    action.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < CRASH_SIGNAL_COUNT; i++) sigaction(crash_signals[i], &action, &previous_actions[i]);
    crash_restore_installed = 1;
}

void vd_remove_crash_restore(void) {
    if (!crash_restore_installed) return;
    for (int i = 0; i < CRASH_SIGNAL_COUNT; i++) sigaction(crash_signals[i], &previous_actions[i], NULL);
    crash_restore_installed = 0;
    crash_input_fd = crash_output_fd = -1;
}
