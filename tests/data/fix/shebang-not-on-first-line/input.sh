echo start
#!/bin/sh
echo hi
