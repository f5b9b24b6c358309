(ns foo.core)
