# Word lists for the spell checker.
#
# This work is licensed under a Creative Commons license:
# https://creativecommons.org/licenses/by-sa/3.0/

export WORDS=./words
