/* A QEMU TCG plugin that counts executed guest instructions (benchmarks/cortex_m.py).
 *
 *   qemu-system-arm ... -plugin ./insn_count.so,mark=0x1234 -d plugin -D log.txt
 *
 * Each translated block gets a callback adding its instruction count to a running total.
 * A block that starts at `mark` (the harness's cg_mark(), a lone `bx lr` reached only by
 * a call, so a block always starts there) first writes "mark N" with the total so far;
 * at exit "total N". With `profile=1` it also counts the instructions each block start
 * executes between the third and the fourth mark (the model call, see harness.c) and writes
 * "pc ADDR N" lines at exit, for benchmarks/cortex_m.py --profile. Debian's QEMU enables plugins but ships none (no libinsn.so), so the
 * few entry points used are declared here rather than taken from QEMU's qemu-plugin.h;
 * they are unchanged from QEMU 4.2 to 10. Build: cc -shared -fPIC -O2 -o insn_count.so
 * insn_count.c -DCG_PLUGIN_VERSION=1 (2 for QEMU 9 and later, which refuse 1). */
#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef CG_PLUGIN_VERSION
#define CG_PLUGIN_VERSION 1
#endif

typedef uint64_t qemu_plugin_id_t;
typedef struct qemu_info_t qemu_info_t;
struct qemu_plugin_tb;
enum qemu_plugin_cb_flags { QEMU_PLUGIN_CB_NO_REGS };
typedef void (*qemu_plugin_vcpu_udata_cb_t)(unsigned int vcpu_index, void *userdata);
typedef void (*qemu_plugin_vcpu_tb_trans_cb_t)(qemu_plugin_id_t id, struct qemu_plugin_tb *tb);
typedef void (*qemu_plugin_udata_cb_t)(qemu_plugin_id_t id, void *userdata);

void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t id,
                                           qemu_plugin_vcpu_tb_trans_cb_t cb);
void qemu_plugin_register_vcpu_tb_exec_cb(struct qemu_plugin_tb *tb,
                                          qemu_plugin_vcpu_udata_cb_t cb,
                                          enum qemu_plugin_cb_flags flags, void *userdata);
size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb);
uint64_t qemu_plugin_tb_vaddr(const struct qemu_plugin_tb *tb);
void qemu_plugin_register_atexit_cb(qemu_plugin_id_t id, qemu_plugin_udata_cb_t cb,
                                    void *userdata);
void qemu_plugin_outs(const char *string);

#define EXPORT __attribute__((visibility("default")))
EXPORT int qemu_plugin_version = CG_PLUGIN_VERSION;

static uint64_t total;   /* one vCPU: the M-profile boards have one */
static uint64_t mark = UINT64_MAX;
static int marks_seen;
static int profile;

/* --profile: instructions per block start address during the model call, open addressing */
#define SLOTS 65536
static uint64_t slot_pc[SLOTS], slot_count[SLOTS];

struct block {
    uint64_t pc;
    uint64_t insns;
};

static void count_block(const struct block *b)
{
    size_t h = (size_t)(b->pc >> 1) & (SLOTS - 1);
    if (!profile || marks_seen != 3)
        return;
    while (slot_count[h] && slot_pc[h] != b->pc)
        h = (h + 1) & (SLOTS - 1);
    slot_pc[h] = b->pc;
    slot_count[h] += b->insns;
}

static void on_block(unsigned int vcpu, void *udata)
{
    const struct block *b = udata;
    (void)vcpu;
    total += b->insns;
    count_block(b);
}

static void on_mark_block(unsigned int vcpu, void *udata)
{
    char line[64];
    (void)vcpu;
    snprintf(line, sizeof line, "mark %" PRIu64 "\n", total);
    qemu_plugin_outs(line);
    ++marks_seen;
    total += ((const struct block *)udata)->insns;
}

static void on_translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    /* one record per translation, kept for the run (a block is translated once or a few
     * times: the firmware is small and never rewritten) */
    struct block *b = malloc(sizeof *b);
    (void)id;
    if (!b)
        abort();
    b->pc = qemu_plugin_tb_vaddr(tb);
    b->insns = qemu_plugin_tb_n_insns(tb);
    qemu_plugin_register_vcpu_tb_exec_cb(tb, b->pc == mark ? on_mark_block : on_block,
                                         QEMU_PLUGIN_CB_NO_REGS, b);
}

static void on_atexit(qemu_plugin_id_t id, void *udata)
{
    char line[64];
    (void)id;
    (void)udata;
    snprintf(line, sizeof line, "total %" PRIu64 "\n", total);
    qemu_plugin_outs(line);
    for (size_t h = 0; h < SLOTS; ++h) {
        if (slot_count[h]) {
            snprintf(line, sizeof line, "pc %" PRIx64 " %" PRIu64 "\n", slot_pc[h],
                     slot_count[h]);
            qemu_plugin_outs(line);
        }
    }
}

EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc,
                               char **argv)
{
    (void)info;
    for (int i = 0; i < argc; ++i)
        if (strncmp(argv[i], "mark=", 5) == 0)
            mark = strtoull(argv[i] + 5, NULL, 0) & ~(uint64_t)1;   /* drop the Thumb bit */
        else if (strcmp(argv[i], "profile=1") == 0)
            profile = 1;
    qemu_plugin_register_vcpu_tb_trans_cb(id, on_translate);
    qemu_plugin_register_atexit_cb(id, on_atexit, NULL);
    return 0;
}
