//go:build linux

package x
