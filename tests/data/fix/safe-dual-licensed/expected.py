# Dual licensed under the MIT and GPL licenses.
import os
