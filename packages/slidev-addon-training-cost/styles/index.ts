// The figures' styles: colours at WCAG AA in light and dark, tables of numbers, a slide's headline.
import './figures.css'
