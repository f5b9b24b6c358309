// Licensed under the Mulan PSL v2.
int x;
