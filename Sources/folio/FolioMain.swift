import FolioCommands

@main
struct FolioMain {
    static func main() {
        FolioCommand.runAndExit()
    }
}
