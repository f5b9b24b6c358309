module Main where
