// Licensed under MIT (https://github.com/example/project/blob/main/LICENSE)
var x;
