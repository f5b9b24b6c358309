import yaml  # PyYAML, MIT licensed
import os
