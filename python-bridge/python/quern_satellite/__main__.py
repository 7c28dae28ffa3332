import sys

from .server import parent_main

sys.exit(parent_main())
