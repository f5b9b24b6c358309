// Copyright 2024 The Example Authors
// Licensed under the Apache License 2.0. See LICENSE.

package example

func Answer() int { return 42 }
