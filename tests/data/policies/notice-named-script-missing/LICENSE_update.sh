#!/bin/sh
# regenerate the third-party notices
set -e
go-licenses report ./... > NOTICE
