/* The Cortex-M harness around an exported model (benchmarks/cortex_m.py).
 *
 * The export's own test_<name>.c is compiled unchanged with -Dmain=cg_selftest_main and
 * -D<name>=cg_model_under_test: it fills the reproducible input, calls the model (through
 * cg_model_under_test below), compares the outputs with the oracle's and prints PASS or FAIL.
 * cg_model_under_test paints the free stack, runs the model between two cg_mark() calls
 * (the QEMU plugin counts the instructions between them) and measures how deep the model
 * wrote into the paint. Output goes through newlib's stdio to semihosting SYS_WRITE0.
 * model_only.c is the other main: the model alone, linked (not run) to size what it pulls in.
 *
 * Build: -DCG_MODEL=<name> -DCG_MODEL_HEADER='"<name>.h"'. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include CG_MODEL_HEADER

#define CG_PAINT 0xDEADBEEFu
#define SYS_WRITE0 0x04

extern uint32_t __stack_limit[], __heap_start[], __heap_end[];
int cg_semihost(int op, const void *arg);
void cg_paint_stack(uint32_t *limit);
uint32_t cg_stack_pointer(void);
void cg_mark(void);
int cg_selftest_main(void);

static uint32_t cg_model_stack;   /* bytes of stack the model call used */

static uint32_t cg_lowest_written(void)
{
    const uint32_t *p = __stack_limit;
    while (*p == CG_PAINT)
        ++p;
    return (uint32_t)(uintptr_t)p;
}

/* void pointers: they convert to the model's own element types (float, or int8_t and a
 * byte blob for an int8 model), and the self-test calls this through the model's prototype */
int cg_model_under_test(const void *input, const void *weights, void *output,
                        void *workspace)
{
    int rc;
    uint32_t sp;
    cg_paint_stack(__stack_limit);
    sp = cg_stack_pointer();
    cg_mark();   /* an empty pair first: the plugin subtracts the cost of marking */
    cg_mark();
    cg_mark();
    rc = CG_MODEL(input, weights, output, workspace);
    cg_mark();
    cg_model_stack = cg_lowest_written() < sp ? sp - cg_lowest_written() : 0;
    return rc;
}

int main(void)
{
    int rc = cg_selftest_main();
    printf("cortex-m: model stack %lu bytes, stack limit 0x%08lx\n",
           (unsigned long)cg_model_stack, (unsigned long)(uintptr_t)__stack_limit);
    if (cg_lowest_written() == (uint32_t)(uintptr_t)__stack_limit) {
        printf("cortex-m: FAIL (the stack reached its limit)\n");
        rc = 1;
    }
    fflush(stdout);
    return rc;   /* to _exit (startup.S): semihosting SYS_EXIT */
}

/* newlib's system calls, on semihosting. */
int _write(int fd, const char *buf, int len)
{
    char chunk[65];
    int done = 0;
    (void)fd;
    while (done < len) {
        int n = 0;
        while (n < 64 && done < len)
            chunk[n++] = buf[done++];
        chunk[n] = '\0';
        cg_semihost(SYS_WRITE0, chunk);
    }
    return len;
}

void *_sbrk(ptrdiff_t increment)
{
    static char *brk = (char *)__heap_start;
    char *old = brk;
    if (brk + increment > (char *)__heap_end) {
        errno = ENOMEM;
        return (void *)-1;
    }
    brk += increment;
    return old;
}

int _close(int fd) { (void)fd; return -1; }
int _fstat(int fd, struct stat *st) { (void)fd; st->st_mode = S_IFCHR; return 0; }
int _isatty(int fd) { (void)fd; return 1; }
int _lseek(int fd, int offset, int whence) { (void)fd; (void)offset; (void)whence; return 0; }
int _read(int fd, char *buf, int len) { (void)fd; (void)buf; (void)len; return 0; }
int _kill(int pid, int sig) { (void)pid; (void)sig; return -1; }
int _getpid(void) { return 1; }
