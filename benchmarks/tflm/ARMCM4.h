/* Stand-in for Cortex_DFP's Device/ARMCM4/Include/ARMCM4.h (benchmarks/tflm_m4.py).
 *
 * TFLM's cortex_m_generic target includes the Arm Cortex_DFP device header for a Cortex-M4
 * (-DCMSIS_DEVICE_ARM_CORTEX_M_XX_HEADER_FILE="ARMCM4.h"); its only user is
 * cortex_m_generic/micro_time.cc (the DWT cycle counter, compiled out by BUILD_TYPE=release
 * and never called by the benchmark). Cortex_DFP is not among the sources on this machine,
 * so this file gives what a CMSIS device header must (the core's configuration macros and
 * the processor exceptions' IRQn_Type), then CMSIS_6's own core_cm4.h. */
#ifndef ARMCM4_H
#define ARMCM4_H

typedef enum IRQn {
    Reset_IRQn = -15, NonMaskableInt_IRQn = -14, HardFault_IRQn = -13,
    MemoryManagement_IRQn = -12, BusFault_IRQn = -11, UsageFault_IRQn = -10,
    SVCall_IRQn = -5, DebugMonitor_IRQn = -4, PendSV_IRQn = -2, SysTick_IRQn = -1,
    Interrupt0_IRQn = 0
} IRQn_Type;

#define __CM4_REV 0x0001U
#define __MPU_PRESENT 1U
#define __VTOR_PRESENT 1U
#define __NVIC_PRIO_BITS 3U
#define __Vendor_SysTickConfig 0U
#define __FPU_PRESENT 1U

#include "core_cm4.h"

#endif
