from stream.cli import main

main()
