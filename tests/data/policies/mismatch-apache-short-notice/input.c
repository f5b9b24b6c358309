// Licensed under the Apache 2.0 License.
int x;
