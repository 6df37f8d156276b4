using System;
using System.IO;
using System.Text;

namespace UsageGen.Generator.Emit
{
    /// <summary>
    /// Reads a <see cref="StringBuilder"/>'s text in place, so that the compiler can take a long generated file in
    /// chunks instead of as one string on the large object heap.
    /// </summary>
    internal sealed class StringBuilderReader : TextReader
    {
        private readonly StringBuilder _builder;
        private int _position;

        public StringBuilderReader(StringBuilder builder)
        {
            _builder = builder;
        }

        public override int Peek() => _position < _builder.Length ? _builder[_position] : -1;

        public override int Read() => _position < _builder.Length ? _builder[_position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            if (buffer is null)
            {
                throw new ArgumentNullException(nameof(buffer));
            }

            if (index < 0 || count < 0 || buffer.Length - index < count)
            {
                throw new ArgumentOutOfRangeException(index < 0 ? nameof(index) : nameof(count));
            }

            var read = Math.Min(count, _builder.Length - _position);
            _builder.CopyTo(_position, buffer, index, read);
            _position += read;
            return read;
        }

        public override string ReadToEnd()
        {
            var rest = _builder.ToString(_position, _builder.Length - _position);
            _position = _builder.Length;
            return rest;
        }
    }
}
