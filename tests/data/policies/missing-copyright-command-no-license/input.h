/**
 * @file   timer.h
 * @brief  Periodic timer helpers
 * @copyright Example Widgets GmbH
 */
#ifndef TIMER_H
#define TIMER_H
#endif
