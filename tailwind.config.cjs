// Design tokens. Colours use light-dark() so one token serves both themes: the <html> element's
// color-scheme (system, or the remembered toggle choice) picks the side.
/** @type {import('tailwindcss').Config} */
module.exports = {
  content: ['./src/**/*.{astro,ts,tsx,mdx}', './content/**/*.mdx'],
  theme: {
    extend: {
      colors: {
        canvas: 'light-dark(#fbfaf7, #111418)',
        surface: 'light-dark(#ffffff, #1a1f26)',
        ink: 'light-dark(#1b1f24, #eceff3)',
        muted: 'light-dark(#4a5360, #b4bcc8)',
        line: 'light-dark(#d5d9df, #3a424d)',
        accent: 'light-dark(#0b5d6b, #7cd3e0)',
        'accent-soft': 'light-dark(#e3f2f4, #183338)',
        'on-accent': 'light-dark(#ffffff, #0b1a1d)',
        focus: 'light-dark(#b3261e, #ffb86b)',
        warn: 'light-dark(#7a3b00, #ffcf99)',
        'warn-soft': 'light-dark(#fff4e5, #33250f)',
        primary: 'light-dark(#0b5d6b, #7cd3e0)',
        secondary: 'light-dark(#8a5a00, #f2c46d)',
      },
      fontFamily: {
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Noto Sans"', 'Arial', 'sans-serif'],
        mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', 'monospace'],
      },
      fontSize: {
        sm: ['0.875rem', { lineHeight: '1.4' }],
        base: ['1.0625rem', { lineHeight: '1.65' }],
        lg: ['1.25rem', { lineHeight: '1.5' }],
        xl: ['1.5rem', { lineHeight: '1.3' }],
        '2xl': ['1.875rem', { lineHeight: '1.2' }],
        '3xl': ['2.25rem', { lineHeight: '1.15' }],
      },
      maxWidth: { prose: '68ch', page: '72rem' },
      borderRadius: { card: '0.75rem' },
    },
  },
};
