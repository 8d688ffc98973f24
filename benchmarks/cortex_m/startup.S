/* Bare-metal start-up for the Cortex-M benchmark harness (benchmarks/cortex_m.py).
 * The vector table holds only the initial stack pointer, the reset handler and the fault
 * handlers (each stops the run through semihosting): the harness takes no interrupts.
 * The symbols come from the board's linker script (mps2_an386.ld, mps3_an547.ld). */
    .syntax unified
    .thumb

    .section .vectors, "a"
    .align 2
    .global cg_vectors
cg_vectors:
    .word __stack_top
    .word cg_reset
    .rept 14                    /* NMI, HardFault, MemManage, BusFault, UsageFault, ... */
    .word cg_fault
    .endr

    .text
    .thumb_func
    .global cg_reset
cg_reset:
    ldr r0, =__data_load        /* copy .data from its load image */
    ldr r1, =__data_start
    ldr r2, =__data_end
1:  cmp r1, r2
    bhs 2f
    ldr r3, [r0], #4
    str r3, [r1], #4
    b 1b
2:  ldr r1, =__bss_start        /* zero .bss */
    ldr r2, =__bss_end
    movs r3, #0
3:  cmp r1, r2
    bhs 4f
    str r3, [r1], #4
    b 3b
4:  ldr r0, =0xE000ED88         /* CPACR: full access to CP10 and CP11 (the FPU, and MVE) */
    ldr r1, [r0]
    orr r1, r1, #(0xF << 20)
    str r1, [r0]
    dsb
    isb
    bl main
    bl _exit
    b .

/* void _exit(int status): semihosting SYS_EXIT; QEMU exits with 0 for
 * ADP_Stopped_ApplicationExit and with 1 for any other reason (newlib's exit() ends here). */
    .thumb_func
    .global _exit
_exit:
    cmp r0, #0
    ite eq
    ldreq r1, =0x20026          /* ADP_Stopped_ApplicationExit */
    ldrne r1, =0x20023          /* ADP_Stopped_RunTimeErrorUnknown */
    movs r0, #0x18              /* SYS_EXIT */
    bkpt 0xab
    b .

    .thumb_func
    .global cg_fault
cg_fault:                       /* any fault: report "fault" and stop with a failure */
    ldr r1, =cg_fault_text
    movs r0, #0x04              /* SYS_WRITE0 */
    bkpt 0xab
    ldr r1, =0x20023            /* ADP_Stopped_RunTimeErrorUnknown: QEMU exits with 1 */
    movs r0, #0x18              /* SYS_EXIT */
    bkpt 0xab
    b .

/* void cg_paint_stack(uint32_t *limit): fill [limit, sp) with 0xDEADBEEF. A leaf that
 * touches no stack itself, so every painted word is free until the caller's next call. */
    .thumb_func
    .global cg_paint_stack
cg_paint_stack:
    ldr r1, =0xDEADBEEF
    mov r2, sp
5:  cmp r0, r2
    bhs 6f
    str r1, [r0], #4
    b 5b
6:  bx lr

/* uint32_t cg_stack_pointer(void): the caller's sp. */
    .thumb_func
    .global cg_stack_pointer
cg_stack_pointer:
    mov r0, sp
    bx lr

/* void cg_mark(void): does nothing; the instruction-counting QEMU plugin (insn_count.c)
 * records its running count each time a block starting here runs. */
    .thumb_func
    .global cg_mark
cg_mark:
    bx lr

/* int cg_semihost(int op, void *arg) */
    .thumb_func
    .global cg_semihost
cg_semihost:
    bkpt 0xab
    bx lr

    .section .rodata
cg_fault_text:
    .asciz "cortex-m: FAIL (fault)\n"
