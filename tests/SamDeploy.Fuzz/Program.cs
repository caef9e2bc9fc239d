using SharpFuzz;

namespace SamDeploy.Fuzz;

/// <summary>
/// Entry point. <c>afl</c> (the default) serves AFL++ through SharpFuzz's fork server; <c>replay FILE|DIR...</c> runs
/// saved inputs once each (to reproduce a crash, or to check a seed folder) and exits non-zero on the first exception.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var mode = args.Length == 0 ? "afl" : args[0];
        switch (mode)
        {
            case "afl":
                Fuzzer.OutOfProcess.Run(stream =>
                {
                    using var buffer = new MemoryStream();
                    stream.CopyTo(buffer);
                    FuzzTarget.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
                });
                return 0;
            case "replay":
                return Replay(args.Skip(1));
            default:
                Console.Error.WriteLine("usage: SamDeploy.Fuzz [afl | replay FILE|DIR...]");
                return 2;
        }
    }

    private static int Replay(IEnumerable<string> paths)
    {
        var files = paths.SelectMany<string, string>(p => Directory.Exists(p) ? Directory.GetFiles(p).Order(StringComparer.Ordinal) : [p]).ToList();
        foreach (var file in files)
        {
            try
            {
                FuzzTarget.Run(File.ReadAllBytes(file));
            }
            catch (Exception e)
            {
                Console.Error.WriteLine(file + ": " + e);
                return 1;
            }
        }

        Console.WriteLine($"{files.Count} inputs replayed, no exception.");
        return 0;
    }
}
