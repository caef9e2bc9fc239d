using Xunit.Sdk;

namespace SamDeploy.Tests.TestData;

/// <summary>
/// Approved-file ("golden") checks: the output must equal the approved file byte for byte. A mismatch, or a missing
/// approved file, writes <c>NAME.received.EXT</c> beside it and fails; review it and rename it to approve. In CI a
/// missing approved file is a failure with no file written. <c>SAMDEPLOY_APPROVE=1</c> rewrites approved files instead.
/// </summary>
internal static class ApprovedFile
{
    public static void Verify(string approvedPath, string actual)
    {
        var receivedPath = Path.ChangeExtension(approvedPath, null) + ".received" + Path.GetExtension(approvedPath);
        if (string.Equals(Environment.GetEnvironmentVariable("SAMDEPLOY_APPROVE"), "1", StringComparison.Ordinal) && !Corpus.InCi)
        {
            File.WriteAllText(approvedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(approvedPath))
        {
            if (Corpus.InCi)
            {
                throw new XunitException($"The approved file {approvedPath} is missing; create it locally, review it and commit it.");
            }

            File.WriteAllText(receivedPath, actual);
            throw new XunitException($"No approved file {approvedPath}; the output was written to {receivedPath}: review it and rename it to approve.");
        }

        var approved = File.ReadAllText(approvedPath);
        if (string.Equals(approved, actual, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return;
        }

        if (!Corpus.InCi)
        {
            File.WriteAllText(receivedPath, actual);
        }

        throw new XunitException($"The output differs from {approvedPath} at {FirstDifference(approved, actual)}." +
            (Corpus.InCi ? string.Empty : $" The new output is in {receivedPath}."));
    }

    private static string FirstDifference(string approved, string actual)
    {
        var approvedLines = approved.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(approvedLines.Length, actualLines.Length); i++)
        {
            var a = i < approvedLines.Length ? approvedLines[i] : "<end of file>";
            var b = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                return $"line {i + 1}: approved `{a.Trim()}` but got `{b.Trim()}`";
            }
        }

        return "the end";
    }
}
