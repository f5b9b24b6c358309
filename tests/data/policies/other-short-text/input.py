# Copyright (c) 2021 Jane Doe
#
# Unlimited distribution and/or modification is allowed as long as this copyright notice remains intact.
x = 1
