using FluentAssertions;
using SamDeploy.Cli;
using Xunit;

namespace SamDeploy.Tests.Cli;

public sealed class BufferedTextWriterTests
{
    [Fact]
    public void Text_reaches_the_inner_writer_in_order_and_in_blocks()
    {
        var inner = new CountingWriter();
        var expected = new System.Text.StringBuilder();
        using (var buffered = new BufferedTextWriter(inner))
        {
            for (var i = 0; i < 40_000; i++)
            {
                buffered.Write((char)('a' + (i % 26)));
                expected.Append((char)('a' + (i % 26)));
            }

            var big = new string('x', 50_000);
            buffered.Write(big);
            expected.Append(big);
            buffered.Write("tail".ToCharArray(), 1, 2);
            expected.Append("ai");
            inner.ToString().Length.Should().BeLessThan(expected.Length, "the last block waits for a flush");
        }

        inner.ToString().Should().Be(expected.ToString());
        inner.Writes.Should().BeLessThan(10, "90,002 characters go in blocks of 16K, not one write each");
        inner.Disposed.Should().BeFalse("disposing flushes but leaves the inner writer open");
    }

    private sealed class CountingWriter : StringWriter
    {
        public int Writes { get; private set; }

        public bool Disposed { get; private set; }

        public override void Write(char value)
        {
            Writes++;
            base.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            Writes++;
            base.Write(buffer, index, count);
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
