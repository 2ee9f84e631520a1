from yunmei.cli import main

raise SystemExit(main())
