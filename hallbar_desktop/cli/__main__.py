from hallbar_desktop.cli import main

raise SystemExit(main())
