<# : batch portion
@echo off
powershell -noprofile "& {iex (gc %~f0 -raw)}"
goto :eof
: end batch #>
Write-Output "hi"
