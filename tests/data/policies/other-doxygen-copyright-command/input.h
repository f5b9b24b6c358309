/*!
 * \file      modem.h
 *
 * \brief     Radio modem driver interface
 *
 * \copyright New BSD License, see the LICENSE file of the project.
 *
 * \author    A. Developer
 */
#ifndef MODEM_H
#define MODEM_H
#endif
