/*
 * Copyright (C) 2018 Firma Przykładowa Sp. z o.o.
 *
 * Kod udostępniony na licencji MIT. Szczegóły w pliku LICENSE.
 */

int queue_init(void);
