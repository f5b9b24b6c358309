/* Command definition for the EXAMPLE utility */

             CMD        PROMPT('Example utility')
             PARM       KWD(ARGS) TYPE(*CHAR) LEN(256) +
                          PROMPT('Arguments')
