/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Measures how quickly an X11 client's event loop answers _NET_WM_PING: a blocked GUI thread cannot answer.
 * Usage: xping WINDOW_ID INTERVAL_MS SECONDS  -> prints "n=.. answered=.. p50=.. p99=.. max=.. ms" (unanswered
 * pings count with the time until the end). Needs to be the only client selecting SubstructureRedirect on the
 * root (true under a bare Xvfb without a window manager). */
#include <X11/Xlib.h>
#include <X11/Xatom.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <sys/select.h>
static double now_ms(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec * 1e3 + t.tv_nsec / 1e6; }
static int cmp(const void *a, const void *b) { double x = *(double *)a, y = *(double *)b; return x < y ? -1 : x > y; }
int main(int argc, char **argv) {
    if (argc < 4) { fprintf(stderr, "usage: xping WINDOW_ID INTERVAL_MS SECONDS\n"); return 2; }
    Display *d = XOpenDisplay(NULL); if (!d) { fprintf(stderr, "no display\n"); return 1; }
    Window w = strtoul(argv[1], NULL, 0); int interval = atoi(argv[2]); double secs = atof(argv[3]);
    Window root = DefaultRootWindow(d);
    XSelectInput(d, root, SubstructureNotifyMask | SubstructureRedirectMask);
    Atom protocols = XInternAtom(d, "WM_PROTOCOLS", False), ping = XInternAtom(d, "_NET_WM_PING", False);
    int cap = (int)(secs * 1000 / interval) + 16, n = 0; double *sent = calloc(cap, sizeof *sent), *lat = calloc(cap, sizeof *lat);
    for (int i = 0; i < cap; i++) lat[i] = -1;
    double start = now_ms(), next = start; int fd = ConnectionNumber(d);
    while (now_ms() - start < secs * 1000) {
        double t = now_ms();
        if (t >= next && n < cap) {
            XEvent e = {0}; e.xclient.type = ClientMessage; e.xclient.window = w; e.xclient.message_type = protocols;
            e.xclient.format = 32; e.xclient.data.l[0] = ping; e.xclient.data.l[1] = n + 1; e.xclient.data.l[2] = w;
            XSendEvent(d, w, False, NoEventMask, &e); XFlush(d); sent[n++] = t; next += interval;
        }
        while (XPending(d)) {
            XEvent e; XNextEvent(d, &e);
            if (e.type == ClientMessage && (Atom)e.xclient.data.l[0] == ping) {
                long id = e.xclient.data.l[1] - 1;
                if (id >= 0 && id < n && lat[id] < 0) lat[id] = now_ms() - sent[id];
            }
        }
        fd_set s; FD_ZERO(&s); FD_SET(fd, &s); struct timeval tv = {0, 1000}; select(fd + 1, &s, NULL, NULL, &tv);
    }
    double end = now_ms(); int answered = 0;
    for (int i = 0; i < n; i++) { if (lat[i] >= 0) answered++; else lat[i] = end - sent[i]; }
    qsort(lat, n, sizeof *lat, cmp);
    printf("n=%d answered=%d p50=%.1f p99=%.1f max=%.1f ms\n", n, answered, lat[n / 2], lat[(int)(n * 0.99)], lat[n - 1]);
    return 0;
}
