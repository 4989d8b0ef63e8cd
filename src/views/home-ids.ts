/** The home page's list of the pages for schools, workplaces and counselors; the header links to it. */
export const homeHubsId = 'untuk-lembaga';
