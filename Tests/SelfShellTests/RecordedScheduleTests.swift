import Testing

@testable import SelfShell

/// Reading schedules for `:replay` (`RecordedSchedule`).
@Suite("Recorded schedules")
struct RecordedScheduleTests {
    @Test("numbers typed, with or without #; a file's text skips comments; bad words say where")
    func parsing() throws {
        #expect(try RecordedSchedule.numbers("").get() == nil)
        #expect(try RecordedSchedule.numbers("2 #3  2").get() == [2, 3, 2])
        #expect(throws: ScheduleError.self) { try RecordedSchedule.numbers("2 1").get() }
        let text = RecordedSchedule.fileText([2, 2, 3])
        #expect(try RecordedSchedule.parse(text, file: "f").get() == [2, 2, 3])
        #expect(try RecordedSchedule.parse("# c\n2 3\r\n\n4\n", file: "f").get() == [2, 3, 4])
        #expect(
            RecordedSchedule.parse("2\n3 x\n", file: "f")
                == .failure(ScheduleError("f:2: 'x' is not an actor number of a schedule (2 or more).")))
    }
}
