/*
 * log_lines.h: whole lines for a file descriptor (the access log, on
 * stderr), gathered per thread and written a batch at a time.
 *
 * Writing each request's line with its own write(2) cost a tenth of the
 * server's time on /healthz (a system call, stderr's lock).  Each thread
 * now keeps its lines in a buffer of PIPE_BUF bytes: a batch reaches a pipe
 * (the journal) in one piece, never interleaved with another thread's or
 * with other messages on the same descriptor.  A batch is written when the
 * buffer is full, by a flusher every FLUSH_MS, when its thread ends and when
 * the log is closed: nothing is lost on an orderly stop (SIGTERM), and a
 * line reaches the log at most FLUSH_MS late.  What a crash can lose: the
 * lines of the last FLUSH_MS.
 */
#ifndef DIEUHANH_LOG_LINES_H
#define DIEUHANH_LOG_LINES_H

#include <stddef.h>

struct log_lines;

/* Lines for FD, flushed at least every FLUSH_MS; NULL when out of memory or threads. */
struct log_lines *log_lines_open(int fd, unsigned int flush_ms);
/*
 * LINE, LEN bytes ending in a newline, to be written whole.  From any
 * thread; a line longer than a buffer is written at once, alone.
 */
void log_lines_put(struct log_lines *l, const char *line, size_t len);
/* Writes every line still held, stops the flusher, frees L (NULL: nothing). */
void log_lines_close(struct log_lines *l);

#endif
