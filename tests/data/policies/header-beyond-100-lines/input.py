# note 1: nothing to see here
# note 2: nothing to see here
# note 3: nothing to see here
# note 4: nothing to see here
# note 5: nothing to see here
# note 6: nothing to see here
# note 7: nothing to see here
# note 8: nothing to see here
# note 9: nothing to see here
# note 10: nothing to see here
# note 11: nothing to see here
# note 12: nothing to see here
# note 13: nothing to see here
# note 14: nothing to see here
# note 15: nothing to see here
# note 16: nothing to see here
# note 17: nothing to see here
# note 18: nothing to see here
# note 19: nothing to see here
# note 20: nothing to see here
# note 21: nothing to see here
# note 22: nothing to see here
# note 23: nothing to see here
# note 24: nothing to see here
# note 25: nothing to see here
# note 26: nothing to see here
# note 27: nothing to see here
# note 28: nothing to see here
# note 29: nothing to see here
# note 30: nothing to see here
# note 31: nothing to see here
# note 32: nothing to see here
# note 33: nothing to see here
# note 34: nothing to see here
# note 35: nothing to see here
# note 36: nothing to see here
# note 37: nothing to see here
# note 38: nothing to see here
# note 39: nothing to see here
# note 40: nothing to see here
# note 41: nothing to see here
# note 42: nothing to see here
# note 43: nothing to see here
# note 44: nothing to see here
# note 45: nothing to see here
# note 46: nothing to see here
# note 47: nothing to see here
# note 48: nothing to see here
# note 49: nothing to see here
# note 50: nothing to see here
# note 51: nothing to see here
# note 52: nothing to see here
# note 53: nothing to see here
# note 54: nothing to see here
# note 55: nothing to see here
# note 56: nothing to see here
# note 57: nothing to see here
# note 58: nothing to see here
# note 59: nothing to see here
# note 60: nothing to see here
# note 61: nothing to see here
# note 62: nothing to see here
# note 63: nothing to see here
# note 64: nothing to see here
# note 65: nothing to see here
# note 66: nothing to see here
# note 67: nothing to see here
# note 68: nothing to see here
# note 69: nothing to see here
# note 70: nothing to see here
# note 71: nothing to see here
# note 72: nothing to see here
# note 73: nothing to see here
# note 74: nothing to see here
# note 75: nothing to see here
# note 76: nothing to see here
# note 77: nothing to see here
# note 78: nothing to see here
# note 79: nothing to see here
# note 80: nothing to see here
# note 81: nothing to see here
# note 82: nothing to see here
# note 83: nothing to see here
# note 84: nothing to see here
# note 85: nothing to see here
# note 86: nothing to see here
# note 87: nothing to see here
# note 88: nothing to see here
# note 89: nothing to see here
# note 90: nothing to see here
# note 91: nothing to see here
# note 92: nothing to see here
# note 93: nothing to see here
# note 94: nothing to see here
# note 95: nothing to see here
# note 96: nothing to see here
# note 97: nothing to see here
# note 98: nothing to see here
# note 99: nothing to see here
# note 100: nothing to see here
# note 101: nothing to see here
# note 102: nothing to see here
# note 103: nothing to see here
# note 104: nothing to see here
# note 105: nothing to see here
# note 106: nothing to see here
# note 107: nothing to see here
# note 108: nothing to see here
# note 109: nothing to see here
# note 110: nothing to see here

# Copyright 2024 The Example Authors
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

import sys


def main():
    return 0


if __name__ == "__main__":
    sys.exit(main())
