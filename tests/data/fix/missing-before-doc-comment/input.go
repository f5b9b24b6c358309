// Package foo does X.
package foo
