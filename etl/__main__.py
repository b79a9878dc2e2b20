import os
import sys

from etl.cli import main

try:
    code = main()
    sys.stdout.flush()
except BrokenPipeError:  # the reader of the output went away (… | head): nothing more to say, no traceback
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    code = 1
sys.exit(code)
