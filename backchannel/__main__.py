from backchannel.tui.cli import main

main()
