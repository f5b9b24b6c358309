// Package example computes answers.
package example

func Answer() int { return 42 }
