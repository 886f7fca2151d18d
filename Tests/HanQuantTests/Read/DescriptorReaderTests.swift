import Foundation
import Testing
@testable import HanQuant

/// A pipe is read to its end though signals keep interrupting the read:
/// a PDF's text comes through a pipe from pdftotext, and a signal arriving
/// meanwhile (a child's exit, a timer) made `FileHandle` trap.
@Suite("Reading a descriptor")
struct DescriptorReaderTests {
    @Test("a slow pipe read while signals interrupt the reading thread yields every byte")
    func interruptedReads() throws {
        // A handler without SA_RESTART, so that a signal makes read(2) fail with EINTR.
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in }
        action.sa_flags = 0
        var previous = sigaction()
        sigaction(SIGUSR2, &action, &previous)
        defer { sigaction(SIGUSR2, &previous, nil) }

        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let chunks = 40, chunk = [UInt8](repeating: 0x61, count: 4096), input = ends[1]
        let writer = Thread {
            for _ in 0..<chunks {
                _ = chunk.withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
                usleep(2000)
            }
            close(input)
        }
        // The read runs on a thread of its own with the signal unblocked (the
        // test's own thread may be a dispatch worker, which blocks signals).
        let output = ends[0], finished = DispatchSemaphore(value: 0)
        let result = Atomic<Result<(data: Data, overLimit: Bool), DescriptorReader.Failure>?>(nil)
        let started = Atomic<pthread_t?>(nil)
        let reader = Thread {
            var unblocked = sigset_t()
            sigemptyset(&unblocked)
            sigaddset(&unblocked, SIGUSR2)
            pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
            started.value = pthread_self()
            result.value = Result { () throws(DescriptorReader.Failure) in try DescriptorReader.readAll(output) }
            finished.signal()
        }
        reader.start()
        while started.value == nil { usleep(100) }
        let done = Atomic(false), target = started.value!
        let interrupter = Thread {
            while !done.value {
                pthread_kill(target, SIGUSR2)
                usleep(200)
            }
        }
        writer.start()
        interrupter.start()
        finished.wait()
        done.value = true
        close(output)
        let read = try #require(result.value).get()
        #expect(read.data.count == chunks * chunk.count && !read.overLimit)
    }

    @Test("reading stops once more than the limit has come")
    func limit() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let bytes = [UInt8](repeating: 0x62, count: 1000)
        _ = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
        close(ends[1])
        let read = try DescriptorReader.readAll(ends[0], limit: 10)
        close(ends[0])
        #expect(read.overLimit && read.data.count > 10)
    }

    @Test("a descriptor that cannot be read is an error with errno's line, not a trap")
    func badDescriptor() {
        #expect(throws: DescriptorReader.Failure.self) { try DescriptorReader.readAll(-1) }
        #expect(DescriptorReader.Failure(code: EBADF).reason == "Bad file descriptor")
    }
}

/// A flag two threads share, behind a lock.
final class Atomic<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
