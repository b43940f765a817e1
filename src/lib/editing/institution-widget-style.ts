/** How the home-institution widget (institution-widget.ts) looks: close to Decap's own fields and buttons. */
export const LABEL = { display: 'block', fontWeight: 600, fontSize: '13px', margin: '0 0 4px' };
export const HINT = { fontSize: '13px', color: '#5d626f', margin: '4px 0 0' };
export const BOX = { border: '2px solid #dfdfe3', borderRadius: '5px', padding: '12px 16px', margin: 0 };
export const LEGEND = { fontWeight: 700, padding: '0 4px' };
export const ERRORS = { color: '#b00020', fontSize: '14px', paddingLeft: '18px' };
export const BUTTON = {
  background: '#3a69c7',
  color: '#fff',
  border: 0,
  borderRadius: '5px',
  padding: '6px 12px',
  marginRight: '8px',
  cursor: 'pointer',
  fontSize: '14px',
};
export const LINK = {
  background: 'none',
  border: 0,
  color: '#3a69c7',
  textDecoration: 'underline',
  cursor: 'pointer',
  fontSize: '14px',
  padding: '6px 4px',
};
