/*
 * kolejka.c - obsługa kolejki zadań
 *
 * Copyright (C) 2015 Jan Kowalski
 *
 * Ten program jest wolnym oprogramowaniem; możesz go rozprowadzać dalej
 * i/lub modyfikować na warunkach Powszechnej Licencji Publicznej GNU,
 * wydanej przez Fundację Wolnego Oprogramowania - według wersji 2 tej
 * Licencji lub (według twojego wyboru) którejś z późniejszych wersji.
 */

int kolejka_init(void);
