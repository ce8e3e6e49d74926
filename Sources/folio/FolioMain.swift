import FolioCommands

@main
struct FolioMain {
    static func main() async {
        await FolioCommand.runAndExit()
    }
}
